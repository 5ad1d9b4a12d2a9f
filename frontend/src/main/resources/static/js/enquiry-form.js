// The enquiry form (咨询 / 预约看厂) under a unit's, building's or parcel's details: anyone may send
// one; anonymous visitors give a name and a phone or e-mail address.
import { api } from './api.js';
import { h } from './dom.js';
import { labelled, labelOf } from './status.js';

const SUBJECT_FIELD = { unit: 'unitId', building: 'buildingId', parcel: 'parcelId' };

/** A collapsed form asking about the {@code kind} ('unit', 'building' or 'parcel') with this id. */
export function enquiryForm(kind, id) {
  const field = (name, labelText, attrs = {}) => {
    const input = h(attrs.rows ? 'textarea' : 'input', { id: `enq-${name}`, name, ...attrs });
    return [h('label', { htmlFor: `enq-${name}` }, labelText), input];
  };
  const result = h('p', { className: 'enquiry-result', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { className: 'enquiry-form' },
    ...field('message', '咨询内容 Message', { rows: 3, required: true, maxLength: 2000 }),
    ...field('preferredDates', '希望看厂时间 Preferred dates', { maxLength: 200, placeholder: '如：下周二上午' }),
    ...field('contactName', '联系人 Contact name', { maxLength: 64, autocomplete: 'name' }),
    ...field('contactPhone', '电话 Phone', { type: 'tel', maxLength: 32, autocomplete: 'tel' }),
    ...field('contactEmail', '邮箱 E-mail', { type: 'email', maxLength: 128, autocomplete: 'email' }),
    h('button', { type: 'submit' }, '提交咨询 Send'),
    result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { [SUBJECT_FIELD[kind]]: Number(id) };
    for (const name of ['message', 'preferredDates', 'contactName', 'contactPhone', 'contactEmail']) {
      const value = form.elements[name].value.trim();
      if (value) body[name] = value;
    }
    result.classList.remove('error');
    try {
      const { data } = await api('/api/enquiries', { method: 'POST', body });
      form.reset();
      result.textContent = `已提交咨询 #${data.id}，园区和招商人员会尽快联系您 · Enquiry #${data.id} sent: the park will be in touch`;
    } catch (e) {
      result.classList.add('error');
      result.textContent = labelled(labelOf(e.problem?.field), e);
    }
  });
  return h('details', { className: 'enquiry' }, h('summary', {}, '咨询 / 预约看厂 · Enquire or book a viewing'), form);
}
