import { createRoot } from 'react-dom/client';
import '@/lib/i18n/page-strings';
import { OptionsApp } from '@/components/settings/OptionsApp';
import { CallAssistDB } from '@/lib/db/schema';
import '../sidepanel/style.css';
import './options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp db={new CallAssistDB()} />);
