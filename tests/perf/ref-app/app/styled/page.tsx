// The bare page itself; only this segment's layout adds the stylesheet.
export { default } from '../page';
