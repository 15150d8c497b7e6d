package dev.keyway.docs.collections;

import dev.keyway.annotation.AccessPatterns;
import dev.keyway.annotation.Filter;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import java.util.List;

// The page shows the interface twice, each time with the methods of its section.
// snippet:start full-pages
// snippet:start filters
@AccessPatterns
interface NoteQueries {
  // snippet:end filters
  Page<Note> notesOf(String userId, PageRequest page);
  // snippet:end full-pages
  // snippet:start filters
  Page<Note> starred(String userId, @Filter(field = "stars", op = Filter.Op.GE) int minStars, PageRequest page);
  List<Note> tagged(String userId, @Filter(field = "tags", op = Filter.Op.CONTAINS) String tag,
                    @Filter String text);
  // snippet:start full-pages
}
// snippet:end full-pages
// snippet:end filters
