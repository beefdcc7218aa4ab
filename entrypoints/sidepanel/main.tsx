import { createRoot } from 'react-dom/client';
import { App } from '@/components/shell/App';
import './style.css';

createRoot(document.getElementById('root')!).render(<App search={location.search} />);
