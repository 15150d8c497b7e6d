package dev.keyway.engine.server;

import com.fasterxml.jackson.core.JsonFactory;
import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.spi.Operations;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.DefaultChannelId;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.util.NetUtil;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.internal.PlatformDependent;
import java.util.List;

/**
 * The classes whose static initialisers make up most of a server's start: Netty's probe the
 * platform (Unsafe, direct memory, network interfaces, the process and machine ids), which takes
 * tens of milliseconds on first use.
 */
final class StartupClasses {
  private StartupClasses() {}

  /** These, the {@link ConnectionClasses}, and the logging an accept failure needs. */
  static void initialize() {
    initialize(List.of(
        PlatformDependent.class, GlobalEventExecutor.class, DefaultChannelGroup.class, NetUtil.class,
        DefaultChannelId.class, PooledByteBufAllocator.class, NioEventLoopGroup.class,
        NioServerSocketChannel.class, NioSocketChannel.class, HttpObjectAggregator.class,
        JsonFactory.class, DynamoJsonProtocol.class, Operations.class));
    ConnectionClasses.preload();
    AcceptRecovery.warmUpLogging();
  }

  /** Runs the static initialisers of {@code classes} (a class literal alone only loads). */
  static void initialize(List<Class<?>> classes) {
    for (Class<?> c : classes) {
      try {
        Class.forName(c.getName(), true, c.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot load " + c.getName(), e);
      }
    }
  }
}
