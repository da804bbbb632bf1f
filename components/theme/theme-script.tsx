/**
 * Sets `dark` on <html> before first paint from localStorage `theme`
 * ('light' | 'dark' | 'system'; default 'system'), and keeps following the OS
 * setting / other tabs. Render inside <head>; <html> needs suppressHydrationWarning.
 */
const script = `(function(){try{var d=document.documentElement,m=matchMedia('(prefers-color-scheme: dark)');function a(){var t=null;try{t=localStorage.getItem('theme')}catch(e){}var k=t==='dark'||(t!=='light'&&m.matches);d.classList.toggle('dark',k);d.style.colorScheme=k?'dark':'light'}a();m.addEventListener('change',a);addEventListener('storage',function(e){if(e.key==='theme')a()})}catch(e){}})()`;

export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
