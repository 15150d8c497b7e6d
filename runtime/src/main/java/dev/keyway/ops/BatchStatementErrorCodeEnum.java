package dev.keyway.ops;

/** The error codes of a failed BatchExecuteStatement statement (DynamoDB's names). */
public enum BatchStatementErrorCodeEnum {
  ConditionalCheckFailed,
  ItemCollectionSizeLimitExceeded,
  RequestLimitExceeded,
  ValidationError,
  ProvisionedThroughputExceeded,
  TransactionConflict,
  ThrottlingError,
  InternalServerError,
  ResourceNotFound,
  AccessDenied,
  DuplicateItem
}
