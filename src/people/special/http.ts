import { callerOf } from '../../access/guard.js';
import { etag } from '../../http/register.js';
import { route, type RouteSpec } from '../../http/route.js';
import { PersonIdParams, SpecialCategoriesInput, SpecialCategoriesView } from './schemas.js';
import type { SpecialCategories } from './service.js';

/** Why someone's health, disability, needs or location are read: to treat them, or to serve them. */
const purpose = ['medical-care', 'service-delivery', 'supervision'];

export function specialCategoriesRoutes(special: SpecialCategories): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/people/:id/special-categories',
      summary: "A person's health, disability, needs and (if vulnerable) precise location; the read is audited",
      tags: ['people'],
      access: { permission: 'person.special-categories.read', purpose },
      params: PersonIdParams,
      responses: { 200: SpecialCategoriesView },
      async handler({ params, req, reply }) {
        const view = await special.read(callerOf(req), params.id);
        reply.header('etag', etag(view.version));
        return view;
      },
    }),
    route({
      method: 'PUT',
      url: '/api/people/:id/special-categories',
      summary: 'Record a person\'s special categories (If-Match: "0" for the first record)',
      tags: ['people'],
      access: { permission: 'person.special-categories.write' },
      params: PersonIdParams,
      body: SpecialCategoriesInput,
      versioned: true,
      responses: { 200: SpecialCategoriesView },
      async handler({ params, body, ifMatch, req, reply }) {
        const view = await special.record(callerOf(req), params.id, body, ifMatch!);
        reply.header('etag', etag(view.version));
        return view;
      },
    }),
  ];
}
