import { z } from 'zod';
import { actorOf } from '../access/guard.js';
import { route, type RouteSpec } from '../http/route.js';
import { AddAliasRequest, AddPlaceRequest, PlaceDetail, PlaceHit, PlaceIdParams, PlaceSearchQuery } from './schemas.js';
import type { PlacesService } from './service.js';

export function placesRoutes(places: PlacesService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/places',
      summary: 'Find places by any of their names, in any script',
      tags: ['places'],
      access: 'public',
      query: PlaceSearchQuery,
      responses: { 200: z.array(PlaceHit) },
      handler: ({ query }) => places.search(query.q, query.limit, query.kind),
    }),
    route({
      method: 'GET',
      url: '/api/places/:id',
      summary: 'A place with all its names',
      tags: ['places'],
      access: 'public',
      params: PlaceIdParams,
      responses: { 200: PlaceDetail },
      handler: ({ params }) => places.get(params.id),
    }),
    route({
      method: 'POST',
      url: '/api/places',
      summary: 'Add a place to the gazetteer',
      tags: ['places'],
      access: { permission: 'place.manage' },
      body: AddPlaceRequest,
      responses: { 201: PlaceDetail },
      async handler({ body, req, reply }) {
        reply.code(201);
        return places.addPlace(actorOf(req), body);
      },
    }),
    route({
      method: 'POST',
      url: '/api/places/:id/names',
      summary: 'Add another name (alias) to a place',
      tags: ['places'],
      access: { permission: 'place.manage' },
      params: PlaceIdParams,
      body: AddAliasRequest,
      responses: { 200: PlaceDetail },
      handler: ({ body, params, req }) => places.addAlias(actorOf(req), params.id, body),
    }),
  ];
}
