// First thing the page runs: start the overview's API calls, before the app's code is evaluated.
import { startPrefetch } from './api/prefetch.ts';

startPrefetch(window.location, window.sessionStorage);
