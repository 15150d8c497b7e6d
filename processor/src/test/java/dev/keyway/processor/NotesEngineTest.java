package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.keyway.processor.diag.Msg;
import org.junit.jupiter.api.Test;

/**
 * The notes service of issue 10 on the engine: full pages over notes interleaved with comments (and the
 * warning that says why), {@code @Filter} parameters, and a collection of profile, notes and comments.
 */
class NotesEngineTest {
  static final String[] NOTES = {"fixtures/notes/NotesTable.java", "fixtures/notes/UserItem.java",
      "fixtures/notes/Profile.java", "fixtures/notes/Note.java", "fixtures/notes/Comment.java",
      "fixtures/notes/NoteThread.java", "fixtures/notes/NoteQueries.java", "fixtures/notes/UserQueries.java",
      "fixtures/notes/NotesRun.java"};

  @Test
  void warnsThatNotesOfAlsoReadsComments() {
    Compilation c = Fixtures.compileResources(NOTES);
    assertThat(c).succeeded();
    String text = "[" + Msg.PATTERN_READS_OTHER_TYPES.id() + "] The key condition of notesOf() (sort keys starting "
        + "with \"NOTE#\") also matches items of Comment (sort key \"NOTE#{seq}#{noteId}#COMMENT#{commentId}\"), so "
        + "each page reads past them to stay full; give Comment a sort key that does not start like Note's (e.g. "
        + "\"COMMENT#...\"), or read the types together through an @ItemCollection.";
    assertThat(c).hadWarningContaining(text).inFile(Fixtures.source(c, "NoteQueries.java"))
        .onLineContaining("notesOf(");
  }

  @Test
  void streamRecordsDecodeToTheSealedCollectionType() throws Exception {
    String[] sources = java.util.Arrays.copyOf(NOTES, NOTES.length + 1);
    sources[NOTES.length] = "fixtures/notes/NotesChangesRun.java";
    Compilation c = Fixtures.compileResources(sources);
    assertThat(c).succeeded();
    Fixtures.run(c, "notes.NotesChangesRun");
  }

  @Test
  void fullPagesFiltersAndCollectionsRunOnTheEngine() throws Exception {
    Compilation c = Fixtures.compileResources(NOTES);
    assertThat(c).succeeded();
    Fixtures.run(c, "notes.NotesRun");
  }
}
