// The page's status line (#status): what just happened, or what went wrong.
import { problemText } from './api.js';

export function say(text, error = false) {
  const line = document.getElementById('status');
  line.textContent = text;
  line.classList.toggle('error', error);
}

/**
 * The label of the page's input a problem is about (by the API field it names: the input's id or name),
 * so that a message names what the user sees, not the API's parameter; null when there is none.
 */
export function labelOf(field) {
  if (!field) return null;
  const input = document.getElementById(field) ?? document.querySelector(`[name="${CSS.escape(field)}"]`);
  const text = input?.labels?.[0]?.textContent ?? input?.getAttribute('aria-label');
  return text ? text.replace(/\s+/g, ' ').trim() : null;
}

/** Says what went wrong, in Chinese and English, led by the label of the input at fault. */
export function sayFailure(error) {
  const label = labelOf(error?.problem?.field);
  say(label ? `${label}：${problemText(error)}` : problemText(error), true);
}
