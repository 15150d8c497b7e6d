package dev.keyway.processor;

import com.google.auto.service.AutoService;
import dev.keyway.processor.diag.Diagnostics;
import dev.keyway.processor.diag.Msg;
import dev.keyway.processor.extract.Annotations;
import dev.keyway.processor.extract.BeanExtractor;
import dev.keyway.processor.extract.CollectionExtractor;
import dev.keyway.processor.extract.DeferralException;
import dev.keyway.processor.extract.EntityExtractor;
import dev.keyway.processor.extract.PatternExtractor;
import dev.keyway.processor.extract.TableExtractor;
import dev.keyway.processor.extract.TypeExtractor;
import dev.keyway.processor.model.Place;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Entry point: each round, collects annotated types and hands them to the {@link Pipeline}
 * (extract -> validate -> emit). Types that refer to types not generated yet are deferred to the next
 * round and reported in the last one.
 */
@AutoService(Processor.class)
public final class KeywayProcessor extends AbstractProcessor {
  static final String FAIL_ON = "keyway.test.failOn";
  static final String EXPORTS = "keyway.exports";
  private Diagnostics diagnostics;
  private Pipeline pipeline;
  /** Qualified name -> the missing type that deferred it. */
  private final Map<String, String> deferredEntities = new LinkedHashMap<>();
  private final Map<String, String> deferredPatterns = new LinkedHashMap<>();
  private final Map<String, String> deferredCollections = new LinkedHashMap<>();
  private Set<String> lastDeferredPatterns = Set.of();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
    Annotations annotations = new Annotations(env.getElementUtils());
    TypeExtractor types = new TypeExtractor(diagnostics);
    BeanExtractor beans = new BeanExtractor(diagnostics, types, env.getTypeUtils(), env.getElementUtils());
    pipeline = new Pipeline(env, diagnostics, new TableExtractor(annotations),
        new EntityExtractor(diagnostics, annotations, beans), new PatternExtractor(diagnostics));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(TableExtractor.TABLE, EntityExtractor.ENTITY, PatternExtractor.ACCESS_PATTERNS,
        EntityExtractor.INDEX_KEY, "dev.keyway.annotation.IndexKey.List", PatternExtractor.PROJECT,
        PatternExtractor.FILTER, CollectionExtractor.COLLECTION);
  }

  /**
   * {@code keyway.exports=false} turns off the infrastructure files (CloudFormation, Terraform, ...) written beside
   * each table's definition; {@code keyway.test.failOn}: a qualified entity name on which to simulate an internal
   * error (tests only).
   */
  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(EXPORTS, FAIL_ON);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      reportStillMissing();
      return false;
    }
    for (Element e : annotated(round, TableExtractor.TABLE)) {
      guarded(e, () -> pipeline.table((TypeElement) e));
    }
    Map<String, String> entities = new LinkedHashMap<>(deferredEntities);
    deferredEntities.clear();
    for (Element e : annotated(round, EntityExtractor.ENTITY)) {
      entities.putIfAbsent(((TypeElement) e).getQualifiedName().toString(), null);
    }
    for (String name : entities.keySet()) {
      TypeElement e = processingEnv.getElementUtils().getTypeElement(name);
      try {
        guarded(e, () -> {
          if (name.equals(processingEnv.getOptions().get(FAIL_ON))) {
            throw new IllegalStateException("failure requested by -A" + FAIL_ON);
          }
          pipeline.entity(e);
        });
      } catch (DeferralException d) {
        deferredEntities.put(name, d.typeName());
      }
    }
    collections(round);
    Map<String, String> patterns = new LinkedHashMap<>(deferredPatterns);
    deferredPatterns.clear();
    for (Element e : annotated(round, PatternExtractor.ACCESS_PATTERNS)) {
      patterns.putIfAbsent(((TypeElement) e).getQualifiedName().toString(), null);
    }
    for (String name : patterns.keySet()) {
      TypeElement e = processingEnv.getElementUtils().getTypeElement(name);
      try {
        if (!deferredEntities.isEmpty() || !deferredCollections.isEmpty()) {
          deferredPatterns.put(name, null); // waits for entities; they are the ones reported
          continue;
        }
        guarded(e, () -> pipeline.patterns(e));
      } catch (DeferralException d) {
        deferredPatterns.put(name, d.typeName());
      }
    }
    // a facade names every pattern interface, so it waits for deferred patterns while they make progress
    boolean stuck = deferredPatterns.keySet().equals(lastDeferredPatterns);
    lastDeferredPatterns = Set.copyOf(deferredPatterns.keySet());
    if (deferredEntities.isEmpty() && (deferredPatterns.isEmpty() && deferredCollections.isEmpty() || stuck)) {
      guarded(null, pipeline::tables);
    }
    return false;
  }

  /** Collections wait for every entity (their members); patterns that use them come after. */
  private void collections(RoundEnvironment round) {
    Map<String, String> names = new LinkedHashMap<>(deferredCollections);
    deferredCollections.clear();
    for (Element e : annotated(round, CollectionExtractor.COLLECTION)) {
      names.putIfAbsent(((TypeElement) e).getQualifiedName().toString(), null);
    }
    for (String name : names.keySet()) {
      TypeElement e = processingEnv.getElementUtils().getTypeElement(name);
      if (!deferredEntities.isEmpty()) {
        deferredCollections.put(name, null);
        continue;
      }
      try {
        guarded(e, () -> pipeline.collection(e));
      } catch (DeferralException d) {
        deferredCollections.put(name, d.typeName());
      }
    }
  }

  private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }

  /** Runs one unit of work; an unexpected exception becomes an internal error on that element. */
  private void guarded(Element element, Runnable work) {
    try {
      work.run();
    } catch (DeferralException d) {
      throw d;
    } catch (RuntimeException | LinkageError ex) {
      java.io.StringWriter trace = new java.io.StringWriter();
      ex.printStackTrace(new java.io.PrintWriter(trace));
      if (element != null) {
        diagnostics.report(Msg.INTERNAL_ERROR, Place.of(element), element, ex, trace);
      } else {
        diagnostics.reportGlobal(Msg.INTERNAL_ERROR, "the tables", ex, trace);
      }
    }
  }

  private void reportStillMissing() {
    deferredEntities.forEach((name, missing) -> report(name, missing));
    deferredPatterns.forEach((name, missing) -> report(name, missing));
    deferredCollections.forEach((name, missing) -> report(name, missing));
  }

  private void report(String name, String missing) {
    TypeElement e = processingEnv.getElementUtils().getTypeElement(name);
    if (e != null && missing != null) {
      diagnostics.report(Msg.TYPE_NOT_FOUND, Place.of(e), missing, e.getSimpleName());
    }
  }
}
