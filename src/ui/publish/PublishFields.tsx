import type { RenderedImage } from '../../export/renderImage';
import { IMAGE_SCALES, IMAGE_WIDTHS, type PublishSettings } from '../../state/publishSettings';
import { ChoiceGroup } from './ChoiceGroup';
import { TextField } from './TextField';

interface PublishFieldsProps {
  /** Prefix of the fields' ids, unique in the page. */
  id: string;
  settings: PublishSettings;
  /** The text that describes the view, shown in the empty fields; null until the first preview. */
  defaults: RenderedImage['defaults'] | null;
  set: <K extends keyof PublishSettings>(key: K, value: PublishSettings[K]) => void;
}

/** The publish dialog's form: the image's text, its width, colours and pixel density, and the appendix. */
export function PublishFields({ id, settings, defaults, set }: PublishFieldsProps) {
  return (
    <form
      className="publish-form"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <TextField
        id={`${id}-headline`}
        label="Headline"
        value={settings.headline}
        placeholder={defaults?.headline ?? ''}
        hint="Leave empty for a headline that describes the view."
        onChange={(v) => {
          set('headline', v);
        }}
      />
      <TextField
        id={`${id}-description`}
        label="Description"
        multiline
        value={settings.description}
        placeholder={defaults?.description ?? ''}
        onChange={(v) => {
          set('description', v);
        }}
      />
      <TextField
        id={`${id}-notes`}
        label="Notes"
        multiline
        value={settings.notes}
        placeholder="Optional notes under the chart"
        onChange={(v) => {
          set('notes', v);
        }}
      />
      <TextField
        id={`${id}-source`}
        label="Source line"
        value={settings.source}
        placeholder={defaults?.source ?? ''}
        onChange={(v) => {
          set('source', v);
        }}
      />
      <TextField
        id={`${id}-byline`}
        label="Byline"
        value={settings.byline}
        placeholder="Optional, e.g. Graphic: Jane Doe"
        onChange={(v) => {
          set('byline', v);
        }}
      />
      <TextField
        id={`${id}-alt`}
        label="Alt text"
        multiline
        value={settings.alt}
        placeholder={defaults?.alt ?? ''}
        hint="Written into the SVG; paste it beside the PNG where you publish it."
        onChange={(v) => {
          set('alt', v);
        }}
      />
      <ChoiceGroup
        legend="Width"
        name={`${id}-width`}
        value={settings.width}
        options={IMAGE_WIDTHS.map((w) => ({ value: w, label: `${w} px` }))}
        onChange={(v) => {
          set('width', v);
        }}
      />
      <ChoiceGroup
        legend="Colours"
        name={`${id}-theme`}
        value={settings.theme}
        options={[
          { value: 'light' as const, label: 'Light' },
          { value: 'dark' as const, label: 'Dark' },
        ]}
        onChange={(v) => {
          set('theme', v);
        }}
      />
      <ChoiceGroup
        legend="PNG pixels"
        name={`${id}-scale`}
        value={settings.scale}
        options={IMAGE_SCALES.map((s) => ({ value: s, label: `${s}x` }))}
        onChange={(v) => {
          set('scale', v);
        }}
      />
      <div className="publish-field publish-check">
        <input
          id={`${id}-appendix`}
          type="checkbox"
          checked={settings.appendix}
          onChange={(e) => {
            set('appendix', e.target.checked);
          }}
        />
        <label htmlFor={`${id}-appendix`}>Add the full provenance (figures, flags, articles)</label>
      </div>
    </form>
  );
}
