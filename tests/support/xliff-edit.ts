// Edits an exported XLIFF file the way a CAT tool does before sending it back: a unit's target
// rewritten and its state advanced, a new target added, a paragraph split into sentences.
// Used by the integration and end-to-end tests of the import.

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function editUnit(xml: string, unitId: string, edit: (unit: string) => string): string {
  const pattern = new RegExp(`<unit id="${unitId}"[\\s\\S]*?</unit>`);
  const unit = pattern.exec(xml)?.[0];
  if (!unit) throw new Error(`No unit ${unitId} in the file.`);
  return xml.replace(pattern, () => edit(unit));
}

/** Sets a unit's target (escaped), adding one where there was none, and marks it translated. */
export function setTarget(xml: string, unitId: string, text: string): string {
  return setTargetMarkup(xml, unitId, escape(text));
}

/** Like setTarget, with the target's content given as XML (entities, CDATA, inline elements). */
export function setTargetMarkup(xml: string, unitId: string, markup: string): string {
  return editUnit(xml, unitId, (unit) => {
    const translated = unit.replace(/<segment id="s1" state="[a-z]+"(?: subState="[^"]*")?>/, '<segment id="s1" state="translated">');
    return /<target>[\s\S]*?<\/target>/.test(translated)
      ? translated.replace(/<target>[\s\S]*?<\/target>/, () => `<target>${markup}</target>`)
      : translated.replace(/<\/source>/, () => `</source>\n        <target>${markup}</target>`);
  });
}

/** Splits a unit's one segment into sentences, with the spaces between them as ignorables. */
export function splitIntoSegments(xml: string, unitId: string, sentences: Array<{ source: string; target: string | null }>): string {
  return editUnit(xml, unitId, (unit) =>
    unit.replace(/<segment id="s1"[\s\S]*?<\/segment>/, () =>
      sentences
        .map(
          ({ source, target }, index) =>
            `<segment id="s${index + 1}" state="${target === null ? 'initial' : 'translated'}"><source>${escape(source)}</source>${
              target === null ? '' : `<target>${escape(target)}</target>`
            }</segment>`,
        )
        .join('<ignorable><source> </source></ignorable>'),
    ),
  );
}
