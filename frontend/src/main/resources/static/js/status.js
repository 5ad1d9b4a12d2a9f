// The page's status line (#status): what just happened, or what went wrong.
import { problemText } from './api.js';
import { splitBilingual } from './i18n.js';

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

/**
 * A problem in Chinese and English, each led by the label (bilingual, "中文 English") of the input at
 * fault: "标签：问题 · Label: problem", so that either language alone still names the input.
 */
export function labelled(label, error) {
  const text = problemText(error);
  if (!label) return text;
  const labels = splitBilingual(label) ?? [label, label];
  const parts = splitBilingual(text);
  return parts ? `${labels[0]}：${parts[0]} · ${labels[1]}: ${parts[1]}` : `${label}：${text}`;
}

/** Says what went wrong, in Chinese and English, led by the label of the input at fault. */
export function sayFailure(error) {
  say(labelled(labelOf(error?.problem?.field), error), true);
}
