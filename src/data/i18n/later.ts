// The English words of the views loaded after the first screen (every catalog namespace but
// `core`), added to the English catalog when the first of them loads. Each such view's module
// imports this file; Russian and Chinese load every namespace at once (./messages.ts).
import { messages } from 'virtual:messages/en-later';
import { addEnglish } from './messages';

addEnglish(messages);
