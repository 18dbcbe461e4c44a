// Script-tag build: the global `Latch` is the class itself, so pages write `new Latch(clientID, domain, options)`.
import { Latch } from './latch';

export default Latch;
