/**
 * How one part of the panel opens another (issue 15 item 2, code review item 4): a request in
 * React state instead of clicking tab buttons in the DOM or writing `#plan=` into the URL. A
 * request names the section, whether its main control takes the focus, and a plan to preset; the
 * section takes it once, when it is on screen (it may be mounting for the first time).
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
} from 'react';

export interface NavRequest {
  section: string;
  /** Counts requests, so the same one is taken once. */
  seq: number;
  focus: boolean;
  /** A plan type the Plan section opens by hand (from an objection card). */
  planPreset?: string;
  /** An objection whose card the Objections section opens (the Studio's preview follows an edit). */
  objectionId?: string;
}

type ShowOptions = { focus?: boolean; planPreset?: string; objectionId?: string };

interface Navigation {
  open: string;
  request: NavRequest | null;
  show: (section: string, options?: ShowOptions) => void;
  /** True the first time a section takes this request. */
  take: (request: NavRequest) => boolean;
}

const NavigationContext = createContext<Navigation>({
  open: 'script',
  request: null,
  show: () => {},
  take: () => false,
});

export function NavigationProvider({
  initialSection,
  children,
}: {
  initialSection: string;
  children: (open: string, request: NavRequest | null) => ReactNode;
}) {
  const [open, setOpen] = useState(initialSection);
  const [request, setRequest] = useState<NavRequest | null>(null);
  const taken = useRef(0);
  const show = useCallback((section: string, options: ShowOptions = {}) => {
    setOpen(section);
    setRequest((r) => ({
      section,
      seq: (r?.seq ?? 0) + 1,
      focus: options.focus ?? false,
      ...(options.planPreset ? { planPreset: options.planPreset } : {}),
      ...(options.objectionId ? { objectionId: options.objectionId } : {}),
    }));
  }, []);
  const take = useCallback((r: NavRequest) => {
    if (r.seq <= taken.current) return false;
    taken.current = r.seq;
    return true;
  }, []);
  const value = useMemo(() => ({ open, request, show, take }), [open, request, show, take]);
  return <NavigationContext.Provider value={value}>{children(open, request)}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** Runs `onRequest` once for each request addressed to `section`, after it is on screen. */
export function useSectionRequest(section: string, onRequest: (request: NavRequest) => void): void {
  const { request, take } = useNavigation();
  const handle = useEffectEvent(onRequest);
  useEffect(() => {
    if (request && request.section === section && take(request)) handle(request);
  }, [request, section, take]);
}
