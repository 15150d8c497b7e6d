package dev.keyway.bench;

/**
 * The operations the engine benchmark measures, implemented once per system under test. Every
 * method performs one request; {@code n} selects the item (or partition) so that all threads
 * spread over the pre-loaded key space.
 */
interface Workload extends AutoCloseable {
  String name();

  void createTable();

  /** Loads {@code count} items through batch writes. */
  void preload(int count);

  void putItem(int n);

  void getItem(int n);

  /** Reads one whole partition (20 items) with a key condition. */
  void query(int partition);

  /** SET + ADD under an attribute_exists condition. */
  void updateItem(int n);

  /** Four puts of distinct items in one TransactWriteItems. */
  void transactWrite(int n);

  /** 25 puts of distinct items in one BatchWriteItem. */
  void batchWrite(int n);

  @Override
  void close();
}
