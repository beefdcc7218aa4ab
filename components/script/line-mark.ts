import { createContext, type ReactNode, useContext } from 'react';
import type { Line } from '@/lib/pack/schema';

/**
 * Something shown on a script line besides the panel's own badges: the Studio's preview marks the
 * lines a draft changed (issue 17 item 2). The side panel provides none.
 */
export const LineMarkContext = createContext<((line: Line) => ReactNode) | null>(null);

export function useLineMark(line: Line): ReactNode {
  return useContext(LineMarkContext)?.(line) ?? null;
}
