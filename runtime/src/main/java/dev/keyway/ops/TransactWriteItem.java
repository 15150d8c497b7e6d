package dev.keyway.ops;

/** One action of a TransactWriteItems: exactly one of its four fields. Null fields are absent from the request or response. */
public record TransactWriteItem(
    ConditionCheck conditionCheck,
    Put put,
    Delete delete,
    Update update) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .conditionCheck(conditionCheck)
        .put(put)
        .delete(delete)
        .update(update);
  }

  /** Builds a {@link TransactWriteItem}; every field is optional until the operation validates it. */
  public static final class Builder {
    private ConditionCheck conditionCheck;
    private Put put;
    private Delete delete;
    private Update update;

    private Builder() {}

    public Builder conditionCheck(ConditionCheck conditionCheck) {
      this.conditionCheck = conditionCheck;
      return this;
    }

    public Builder put(Put put) {
      this.put = put;
      return this;
    }

    public Builder delete(Delete delete) {
      this.delete = delete;
      return this;
    }

    public Builder update(Update update) {
      this.update = update;
      return this;
    }

    public TransactWriteItem build() {
      return new TransactWriteItem(conditionCheck, put, delete, update);
    }
  }
}
