// The filter column: a year range with decade shortcuts, long committee lists folded (most frequent
// first, narrowed by typing), parts and topics; every count exact for the current search.
import {
  COMMITTEES_SHOWN,
  visibleCommittees,
  type filterView,
  type FilterOption,
} from '../lib/search/filter-options.ts';
import type { ListFilter, SearchState } from '../lib/search/url-state.ts';
import { fromTemplate } from './search-view.ts';

type View = ReturnType<typeof filterView>;

export function filterPanel(box: HTMLElement, onChange: () => void) {
  const q = <T extends Element>(selector: string) => box.querySelector<T>(selector)!;
  const from = q<HTMLSelectElement>('[data-year-from]');
  const to = q<HTMLSelectElement>('[data-year-to]');
  const decades = q<HTMLElement>('[data-decades]');
  const narrow = q<HTMLInputElement>('[data-committee-narrow]');
  const unfold = q<HTMLButtonElement>('[data-committee-unfold]');
  let unfolded = false;
  let last: View | undefined;

  const drawOptions = (name: ListFilter, options: readonly FilterOption[]) => {
    q<HTMLElement>(`[data-options="${name}"]`).replaceChildren(
      ...options.map((option) => {
        const label = fromTemplate<HTMLLabelElement>(document, 'option');
        const input = label.querySelector('input')!;
        Object.assign(input, { name, value: option.value, checked: option.checked });
        label.querySelector('.label')!.textContent = option.label;
        label.querySelector('.count')!.textContent = String(option.count);
        return label;
      }),
    );
  };
  const drawCommittees = () => {
    if (!last) return;
    const all = last.committees;
    drawOptions('committee', visibleCommittees(all, narrow.value, unfolded));
    const long = all.length > COMMITTEES_SHOWN;
    narrow.closest('label')!.hidden = !long;
    unfold.hidden = !long || narrow.value.trim() !== '';
    unfold.textContent = unfolded ? '收起' : `显示全部 ${all.length} 个委员会`;
    unfold.setAttribute('aria-expanded', String(unfolded));
  };
  const yearOptions = (select: HTMLSelectElement, view: View, chosen: number | undefined) => {
    const options = view.years.map(
      ({ year, count }) => new Option(`${year}（${count}）`, String(year)),
    );
    select.replaceChildren(new Option('不限', ''), ...options);
    select.value = chosen === undefined ? '' : String(chosen);
  };

  narrow.addEventListener('input', drawCommittees);
  unfold.addEventListener('click', () => ((unfolded = !unfolded), drawCommittees()));
  box.addEventListener('change', (event) => {
    if (event.target !== narrow) onChange();
  });
  decades.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-from]');
    if (!button) return;
    from.value = button.dataset['from'] ?? '';
    to.value = button.dataset['to'] ?? '';
    onChange();
  });

  return {
    /** Redraws every control for a search's counts, keeping what the reader chose. */
    render(view: View, state: SearchState) {
      last = view;
      yearOptions(from, view, state.from);
      yearOptions(to, view, state.to);
      const buttons = view.decades.map((decade) => {
        const button = fromTemplate<HTMLButtonElement>(document, 'decade');
        Object.assign(button.dataset, { from: String(decade.from), to: String(decade.to) });
        button.querySelector('.label')!.textContent = decade.label;
        button.querySelector('.count')!.textContent = String(decade.count);
        button.setAttribute(
          'aria-pressed',
          String(state.from === decade.from && state.to === decade.to),
        );
        return button;
      });
      if (state.from !== undefined || state.to !== undefined) {
        const all = fromTemplate<HTMLButtonElement>(document, 'decade');
        Object.assign(all.dataset, { from: '', to: '' });
        all.querySelector('.label')!.textContent = '不限年度';
        all.querySelector('.count')!.remove();
        buttons.unshift(all);
      }
      decades.replaceChildren(...buttons);
      drawCommittees();
      drawOptions('part', view.parts);
      drawOptions('topic', view.topics);
      box.hidden = false;
    },
    /** The state with the filters as the controls now say. */
    read(state: SearchState): SearchState {
      const checked = (name: ListFilter) => {
        const drawn = [...box.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
        const drawnValues = new Set(drawn.map((input) => input.value));
        // A chosen committee that typing has narrowed out of sight stays chosen.
        const hidden = name === 'committee' ? (last?.committees ?? []) : [];
        return [
          ...drawn.filter((input) => input.checked).map((input) => input.value),
          ...hidden.filter((o) => o.checked && !drawnValues.has(o.value)).map((o) => o.value),
        ];
      };
      let [start, end] = [from.value, to.value].map((v) => (v ? Number(v) : undefined));
      if (start !== undefined && end !== undefined && start > end) [start, end] = [end, start];
      return {
        ...state,
        from: start,
        to: end,
        filters: {
          committee: checked('committee'),
          part: checked('part'),
          topic: checked('topic'),
        },
      };
    },
  };
}
