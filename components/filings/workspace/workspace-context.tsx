"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";

interface WorkspaceFocus {
  activeField: string | null;
  activeMaterial: number | null;
  /** Points the page at a violation's evidence: highlights the field and opens the document. */
  focus: (target: { field?: string | null; material?: number | null }) => void;
  setActiveMaterial: (index: number | null) => void;
}

const Context = createContext<WorkspaceFocus | null>(null);

export function WorkspaceFocusProvider({ children, firstMaterial }: { children: React.ReactNode; firstMaterial: number | null }) {
  const [activeField, setActiveField] = useState<string | null>(null);
  const [activeMaterial, setActiveMaterial] = useState<number | null>(firstMaterial);
  const focus = useCallback((target: { field?: string | null; material?: number | null }) => {
    if (target.field !== undefined) {
      setActiveField(target.field);
      if (target.field)
        document.querySelector(`[data-field="${CSS.escape(target.field)}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
    }
    if (target.material !== undefined && target.material !== null) setActiveMaterial(target.material);
  }, []);
  const value = useMemo(() => ({ activeField, activeMaterial, focus, setActiveMaterial }), [activeField, activeMaterial, focus]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useWorkspaceFocus(): WorkspaceFocus {
  const value = useContext(Context);
  if (!value) throw new Error("useWorkspaceFocus outside WorkspaceFocusProvider");
  return value;
}
