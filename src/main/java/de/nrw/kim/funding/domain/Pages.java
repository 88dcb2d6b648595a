package de.nrw.kim.funding.domain;

import java.util.List;

import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;

/** One page of an already loaded list (the funding lists are small: tens per municipality). */
public final class Pages {

	private Pages() {
	}

	public static <T> PageResult<T> of(List<T> all, Paging paging) {
		int from = (int) Math.min(paging.offset(), all.size());
		int to = Math.min(from + paging.size(), all.size());
		return new PageResult<>(all.subList(from, to), paging.page(), paging.size(), all.size());
	}

	/** The whole list as one page (histories, guideline versions). */
	public static <T> PageResult<T> all(List<T> items) {
		return new PageResult<>(items, 0, Math.max(items.size(), 1), items.size());
	}
}
