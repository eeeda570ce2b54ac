package policysearch.web;

import io.javalin.config.RoutesConfig;

/**
 * Routes that belong together, each a small handler: validate, call a service, answer. To add
 * routes, write a group and list it in {@link WebServer}; document them in {@code openapi.json}.
 */
interface RouteGroup {
  void register(RoutesConfig routes);
}
