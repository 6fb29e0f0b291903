import { describeRegistrationFlow } from './support/registration-flow.js';

describeRegistrationFlow('ru');
