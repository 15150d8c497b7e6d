package dev.keyway.engine.server.auth;

/** One thing a request asks to do: an IAM action on a resource ARN, with its condition key values. */
record AccessRequest(String action, String resource, RequestFacts facts) {}
