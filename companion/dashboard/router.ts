// The supervisor dashboard, served at /.
import { Router } from 'express';

export function dashboardRouter(): Router {
  const router = Router();
  return router;
}
