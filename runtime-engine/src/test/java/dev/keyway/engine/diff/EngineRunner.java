package dev.keyway.engine.diff;

import dev.keyway.engine.Engine;

/** Runs requests on Keyway's engine, in process. */
final class EngineRunner extends BackendRunner {
  EngineRunner() {
    super(Engine.inMemory());
  }
}
