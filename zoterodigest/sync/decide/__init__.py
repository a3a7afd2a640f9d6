"""Deciding (pure, no I/O): the one decision for an entry's note (decision), one field
three-way (threeway, note_fields, merge), the bases (note_base), each entry's inputs
(note_decisions), notes rendered once and entries settled since both sides agreed
(rendered, settled); what the library should hold and push's plan (desired,
push_decisions, push_notes, item_patch, children, plan); pull's plan for what is not a
note field (pull_decisions, zotero_edits, collection_changes, pull_plan)."""
