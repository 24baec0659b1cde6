package io.atqb.sandbox.quickbooks;

/** An account in the sandbox company file's chart of accounts, e.g. ("Cost of Goods Sold", "CostOfGoodsSold"). */
public record Account(String listId, String fullName, String accountType) {
}
