package dev.keyway.engine.server;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.TimeUnit;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * On the listening socket: when accepting fails (typically "Too many open files"), logs one line,
 * pauses accepting briefly (retrying at once would spin) and resumes. The failure is consumed
 * here so that nothing else has to run, and everything this path uses is loaded when the handler
 * is added: with no descriptor left, a class or a time-zone file loaded only now could not be
 * opened, and the listener would stop for good.
 */
@ChannelHandler.Sharable
final class AcceptRecovery extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = Logger.getLogger(AcceptRecovery.class.getName());
  static final long PAUSE_MILLIS = 1000;
  private static volatile boolean loggingWarmedUp;

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    warmUpLogging();
    // The pause's scheduling classes, and the message's own (exception text, string building).
    ctx.executor().schedule(() -> {}, 0, TimeUnit.MILLISECONDS).cancel(false);
    describe(new java.io.IOException("warm-up"));
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.warning(describe(cause));
    if (ctx.channel().config().isAutoRead()) {
      ctx.channel().config().setAutoRead(false);
      ctx.executor().schedule(() -> ctx.channel().config().setAutoRead(true), PAUSE_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private static String describe(Throwable cause) {
    return "Cannot accept connections (" + cause + "); accepting again in " + PAUSE_MILLIS + " ms";
  }

  /**
   * Formats a record through every handler that would publish ours, without publishing it. Once
   * is enough; {@link StartupClasses} may already have done it on another thread.
   */
  static void warmUpLogging() {
    if (loggingWarmedUp) {
      return;
    }
    LogRecord record = new LogRecord(Level.WARNING, "warm-up");
    record.setLoggerName(LOG.getName());
    for (Logger l = LOG; l != null; l = l.getUseParentHandlers() ? l.getParent() : null) {
      for (Handler handler : l.getHandlers()) {
        Formatter formatter = handler.getFormatter();
        if (formatter != null) {
          formatter.format(record);
        }
        handler.isLoggable(record);
      }
    }
    loggingWarmedUp = true;
  }
}
