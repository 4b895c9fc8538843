// The training case system (训练用案件业务系统), served under /training.
import { Router } from 'express';

export function trainingRouter(): Router {
  const router = Router();
  return router;
}
