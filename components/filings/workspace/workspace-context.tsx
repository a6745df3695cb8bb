"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";

/** A request to bring a field's box into view on its document; seq tells two clicks on the same violation apart. */
export interface BoxRequest {
  field: string;
  material: number;
  seq: number;
}

interface WorkspaceFocus {
  activeField: string | null;
  activeMaterial: number | null;
  /** Points the page at a violation's evidence: highlights the field and opens the document. */
  focus: (target: { field?: string | null; material?: number | null }) => void;
  /** The reviewer picked a document themselves: no box is pending to zoom to. */
  setActiveMaterial: (index: number | null) => void;
  /** The last focus that named both a field and its document, for the viewer to zoom to. */
  boxRequest: BoxRequest | null;
  /** Whether the viewers draw the boxes of the fields read (one switch for both sides of a comparison). */
  boxesShown: boolean;
  setBoxesShown: (shown: boolean) => void;
}

const Context = createContext<WorkspaceFocus | null>(null);

export function WorkspaceFocusProvider({ children, firstMaterial }: { children: React.ReactNode; firstMaterial: number | null }) {
  const [activeField, setActiveField] = useState<string | null>(null);
  const [activeMaterial, setMaterial] = useState<number | null>(firstMaterial);
  const [boxRequest, setBoxRequest] = useState<BoxRequest | null>(null);
  const [boxesShown, setBoxesShown] = useState(true);
  // Never reset: a viewer remembers the last request it served by this number.
  const requests = useRef(0);
  const focus = useCallback((target: { field?: string | null; material?: number | null }) => {
    if (target.field !== undefined) {
      setActiveField(target.field);
      // Scoped to the fields list: the document boxes and the revision diff carry data-field too.
      if (target.field)
        document
          .querySelector(`[data-testid="filing-fields"] [data-field="${CSS.escape(target.field)}"]`)
          ?.scrollIntoView({ block: "center", behavior: "smooth" });
    }
    if (target.material !== undefined && target.material !== null) {
      const material = target.material;
      setMaterial(material);
      setBoxRequest(target.field ? { field: target.field, material, seq: ++requests.current } : null);
      // A reviewer who hid the boxes and then asks where a value was read wants to see it.
      if (target.field) setBoxesShown(true);
    }
  }, []);
  const setActiveMaterial = useCallback((index: number | null) => {
    setMaterial(index);
    setBoxRequest(null);
  }, []);
  const value = useMemo(
    () => ({ activeField, activeMaterial, focus, setActiveMaterial, boxRequest, boxesShown, setBoxesShown }),
    [activeField, activeMaterial, focus, setActiveMaterial, boxRequest, boxesShown],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useWorkspaceFocus(): WorkspaceFocus {
  const value = useContext(Context);
  if (!value) throw new Error("useWorkspaceFocus outside WorkspaceFocusProvider");
  return value;
}
