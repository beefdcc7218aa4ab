import { createRoot } from 'react-dom/client';
import '@/lib/i18n/page-strings';
import { StudioApp } from '@/components/studio/StudioApp';
import { CallAssistDB } from '@/lib/db/schema';
import '../sidepanel/style.css';

createRoot(document.getElementById('root')!).render(<StudioApp db={new CallAssistDB()} />);
