import { startEmbed } from './components/embed/startEmbed';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

// The embed: no persistence (a sandboxed frame has no storage), the state comes from the address.
void startEmbed(root);
