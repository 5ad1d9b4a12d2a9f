// The page's status line (#status): what just happened, or what went wrong.
import { problemText } from './api.js';

export function say(text, error = false) {
  const line = document.getElementById('status');
  line.textContent = text;
  line.classList.toggle('error', error);
}

/** Says what went wrong, in Chinese and English. */
export function sayFailure(error) {
  say(problemText(error), true);
}
