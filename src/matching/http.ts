import { callerOf } from '../access/guard.js';
import { route, type RouteSpec } from '../http/route.js';
import { PersonView } from '../people/schemas.js';
import type { DuplicateReview } from './duplicates.js';
import { CandidatesRequest, DuplicateCandidate, DuplicateList, DuplicateListQuery, IdParams, PeopleSearchQuery, PersonMatches } from './schemas.js';
import type { MatchingService } from './service.js';

const purpose = ['registration', 'service-delivery', 'supervision'];

export function matchingRoutes(matching: MatchingService, review: DuplicateReview): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/people/search',
      summary: 'Find people by name in any script, with birth date, place, phone or document; ranked, with why each matched',
      tags: ['people'],
      access: { permission: 'person.search', purpose },
      query: PeopleSearchQuery,
      responses: { 200: PersonMatches },
      handler: ({ query, req }) => matching.search(callerOf(req), query),
    }),
    route({
      method: 'POST',
      url: '/api/people/candidates',
      summary: 'Likely duplicates of a person being typed at intake (nothing is saved)',
      tags: ['people'],
      access: { permission: 'person.search', purpose },
      body: CandidatesRequest,
      responses: { 200: PersonMatches },
      handler: ({ body, req }) => matching.candidatesForDraft(callerOf(req), body),
    }),
    route({
      method: 'GET',
      url: '/api/duplicates',
      summary: 'Possible duplicates to review, most likely first',
      tags: ['duplicates'],
      access: { permission: 'person.merge', purpose: ['registration', 'supervision'] },
      query: DuplicateListQuery,
      responses: { 200: DuplicateList },
      handler: ({ query, req }) => review.list(callerOf(req), query.state, query.limit, query.offset),
    }),
    route({
      method: 'GET',
      url: '/api/duplicates/:id',
      summary: 'Two records side by side, with the field-by-field explanation',
      tags: ['duplicates'],
      access: { permission: 'person.merge', purpose: ['registration', 'supervision'] },
      params: IdParams,
      responses: { 200: DuplicateCandidate },
      handler: ({ params, req }) => review.get(callerOf(req), params.id),
    }),
    route({
      method: 'POST',
      url: '/api/duplicates/:id/confirm',
      summary: 'Confirm: merge the later record into the earlier one, keeping both histories',
      tags: ['duplicates'],
      access: { permission: 'person.merge', purpose: ['registration', 'supervision'] },
      params: IdParams,
      responses: { 200: DuplicateCandidate },
      handler: ({ params, req }) => review.confirm(callerOf(req), params.id),
    }),
    route({
      method: 'POST',
      url: '/api/duplicates/:id/dismiss',
      summary: 'Dismiss: these are two different people; the pair is not flagged again',
      tags: ['duplicates'],
      access: { permission: 'person.merge', purpose: ['registration', 'supervision'] },
      params: IdParams,
      responses: { 200: DuplicateCandidate },
      handler: ({ params, req }) => review.dismiss(callerOf(req), params.id),
    }),
    route({
      method: 'POST',
      url: '/api/people/:id/unmerge',
      summary: 'Undo a merge: both records stand apart again exactly as before',
      tags: ['duplicates'],
      access: { permission: 'person.merge', purpose: ['registration', 'supervision'] },
      params: IdParams,
      responses: { 200: PersonView },
      handler: ({ params, req }) => review.unmerge(callerOf(req), params.id),
    }),
  ];
}
