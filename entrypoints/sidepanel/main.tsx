import { createRoot } from 'react-dom/client';
import { App } from '@/components/shell/App';
import { CallAssistDB } from '@/lib/db/schema';
import './style.css';

createRoot(document.getElementById('root')!).render(<App db={new CallAssistDB()} search={location.search} />);
