"""The 库房 tab: the stock list with each item's ledger, the documents, and their dialogs."""
