package dev.keyway.docs.collections;

import dev.keyway.annotation.AccessPatterns;
import dev.keyway.annotation.Filter;
import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import java.util.List;

// The page shows the interface twice, each time with the methods of its section.
// snippet:start collection
// snippet:start range
@AccessPatterns
interface UserQueries {
  // snippet:end range
  Page<UserItem> itemsOf(String userId, PageRequest page);   // mixed items, full pages
  List<UserItem> allOf(String userId);                       // every page (also Stream<UserItem>)
  UserItemCollection user(String userId);                    // grouped: the generated record
  // snippet:end collection
  // snippet:start range
  List<UserItem> itemsBetween(String userId, String from, String to);    // PK = .. AND SK BETWEEN :from AND :to
  Page<UserItem> itemsAfter(String userId, String after, PageRequest page);
  Page<NoteThread> threadByText(String userId,
      @Filter(field = "text", op = Filter.Op.BEGINS_WITH) String prefix, PageRequest page);
  // snippet:start collection
}
// snippet:end collection
// snippet:end range
