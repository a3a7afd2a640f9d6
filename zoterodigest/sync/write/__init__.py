"""Writing each side and recording the new base: the digests (digest_writer: splice,
backup, atomic write; pull_record), Zotero (engine: batches, recorded after each;
pdf_store; sync_push: the Zotero side as sync decided it; connector_push)."""
