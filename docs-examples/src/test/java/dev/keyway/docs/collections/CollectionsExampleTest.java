package dev.keyway.docs.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import dev.keyway.junit.KeywayTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docs/collections.md, run: user u1 has a profile and notes n1..n3, each with one comment. */
@KeywayTest(tables = Notes.class)
class CollectionsExampleTest {
  Notes notes;

  @BeforeEach
  void ada() {
    notes.profiles().put(new Profile("u1", "Ada"));
    for (int i = 1; i <= 3; i++) {
      String seq = "00" + i;
      notes.notes().put(new Note("u1", seq, "n" + i, "note " + i, i, i % 2 == 1 ? List.of("odd") : List.of()));
      notes.comments().put(new Comment("u1", seq, "n" + i, "c" + i, "comment " + i));
    }
  }

  @Test
  void mixedItemsInSortKeyOrder() {
    List<String> lines = new ArrayList<>();
    // snippet:start mixed
    for (UserItem item : notes.userQueries().itemsOf("u1", PageRequest.first(20)).items()) {
      String line;
      if (item instanceof Profile p) {
        line = "profile " + p.name();
      } else if (item instanceof Note n) {
        line = "note " + n.text();
      } else {
        line = "  comment " + ((Comment) item).text();
      }
      // snippet:end mixed
      lines.add(line);
      // snippet:start mixed
    }
    // snippet:end mixed
    assertEquals(List.of("note note 1", "  comment comment 1", "note note 2", "  comment comment 2",
        "note note 3", "  comment comment 3", "profile Ada"), lines);
  }

  @Test
  void theGeneratedRecordGroupsTheMembers() {
    // snippet:start grouped
    UserItemCollection user = notes.userQueries().user("u1");
    user.profile().map(Profile::name);   // Optional["Ada"]
    user.notes().size();                 // 3
    // snippet:end grouped
    assertEquals(Optional.of("Ada"), user.profile().map(Profile::name));
    assertEquals(3, user.notes().size());
    assertEquals(3, user.comments().size());
  }

  @Test
  void rangesAndFiltersOnACollection() {
    UserQueries userQueries = notes.userQueries();
    // snippet:start range-calls
    userQueries.itemsBetween("u1", "NOTE#002", "NOTE#003");   // [note n2, comment c2]: "NOTE#003#n3" > "NOTE#003"
    userQueries.threadByText("u1", "comment", PageRequest.first(2));   // [c1, c2], then [c3]
    // snippet:end range-calls
    assertEquals(List.of("n2", "c2"), ids(userQueries.itemsBetween("u1", "NOTE#002", "NOTE#003")));
    Page<NoteThread> first = userQueries.threadByText("u1", "comment", PageRequest.first(2));
    assertEquals(List.of("c1", "c2"), ids(first.items()));
    assertEquals(List.of("c3"), ids(userQueries.threadByText("u1", "comment",
        first.nextRequest(PageRequest.first(2)).orElseThrow()).items()));
  }

  @Test
  void pagesStayFull() {
    NoteQueries noteQueries = notes.noteQueries();
    // snippet:start full-page-calls
    Page<Note> page = noteQueries.notesOf("u1", PageRequest.first(2));                   // [n1, n2], cursor after n2
    Page<Note> next = noteQueries.notesOf("u1", page.nextRequest(PageRequest.first(2)).orElseThrow());   // [n3], no cursor
    // snippet:end full-page-calls
    assertEquals(List.of("n1", "n2"), ids(page.items()));
    assertEquals(List.of("n3"), ids(next.items()));
    assertEquals(false, next.hasNext());
  }

  @Test
  void filtersNarrowTheResults() {
    NoteQueries noteQueries = notes.noteQueries();
    // snippet:start filter-calls
    noteQueries.starred("u1", 2, PageRequest.first(10));   // begins_with(SK, "NOTE#") AND stars >= :v
    noteQueries.tagged("u1", "odd", null);                 // a null argument leaves its filter out
    // snippet:end filter-calls
    assertEquals(List.of("n2", "n3"), ids(noteQueries.starred("u1", 2, PageRequest.first(10)).items()));
    assertEquals(List.of("n1", "n3"), ids(noteQueries.tagged("u1", "odd", null)));
  }

  private static List<String> ids(List<?> items) {
    return items.stream()
        .map(item -> item instanceof Note n ? n.noteId() : ((Comment) item).commentId())
        .toList();
  }
}
