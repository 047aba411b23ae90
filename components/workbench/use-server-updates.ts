'use client';
// How a translation editor takes new data from the server (the page reloaded because someone
// saved, reviewed, changed the English or commented) without a remount: adopted at once, unless
// the box holds unsaved text of an older version. Then the text and its base stay, so Save leads
// to the conflict view and its three-way merge, and the row says why; the newer version is
// adopted once the text is saved, merged or discarded.
import { useEffect, useEffectEvent, useState } from 'react';
import type { DraftBase as Base } from './use-local-draft';

export function useServerUpdates({
  incoming,
  serverKey,
  base,
  text,
  paused,
  adopt,
}: {
  /** The current version as the server last rendered it. */
  incoming: Base | null;
  /** Changes whenever anything the editor adopts changes on the server. */
  serverKey: string;
  base: Base | null;
  text: string;
  /** While a save is under way or the conflict view is open, they decide what comes next. */
  paused: boolean;
  /** Takes the server's state; with the newer version when there is one. */
  adopt: (newerVersion: Base | null) => void;
}): { keptAgainst: Base | null } {
  const [adoptedKey, setAdoptedKey] = useState(serverKey);
  const incomingIsNewer = incoming !== null && (base === null || incoming.number > base.number);
  const dirty = text !== (base?.text ?? '');
  const keepsTyping = dirty && incomingIsNewer && text !== incoming.text;
  const onAdopt = useEffectEvent(adopt);
  const sameVersion = incoming?.versionId === base?.versionId;

  useEffect(() => {
    if (adoptedKey === serverKey || paused || keepsTyping) return;
    setAdoptedKey(serverKey);
    if (incomingIsNewer) onAdopt(incoming);
    // Else an older version than this page saved meanwhile (the reload started before the
    // save) is ignored: the reload that the save itself causes brings the current state.
    else if (sameVersion) onAdopt(null);
    // incoming is part of serverKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverKey, adoptedKey, paused, keepsTyping, incomingIsNewer, sameVersion]);

  return { keptAgainst: keepsTyping ? incoming : null };
}
