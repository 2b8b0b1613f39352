package io.talknotes.system;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.support.AbstractValueAdaptingCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Caches of what pages show, each kept for one version of the data: a cache whose version
 * is older than the data's is emptied on its next use, so nothing cached outlives a write
 * on any node sharing the database. Services mark what may be kept with
 * {@code @Cacheable(cacheNames = ..., sync = true)}; the cache is asked before a
 * transaction is opened.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.LOWEST_PRECEDENCE - 1)
class VersionedCaches implements CacheManager {

	/** How many entries a cache keeps, the least recently read going first. */
	private static final int CAPACITY = 256;

	private final DataVersion data;

	private final Map<String, Cache> caches = new ConcurrentHashMap<>();

	VersionedCaches(DataVersion data) {
		this.data = data;
	}

	@Override
	public Cache getCache(String name) {
		return this.caches.computeIfAbsent(name, (named) -> new VersionedCache(named, this.data, CAPACITY));
	}

	@Override
	public Collection<String> getCacheNames() {
		return List.copyOf(this.caches.keySet());
	}

	/**
	 * One cache. A value is kept under the version read before it was made, and only
	 * while that is still the cache's version: a value made from older data is never kept
	 * under a newer version.
	 */
	static final class VersionedCache extends AbstractValueAdaptingCache {

		private final String name;

		private final DataVersion data;

		private final Map<Object, Object> entries;

		private long version = -1;

		VersionedCache(String name, DataVersion data, int capacity) {
			super(true);
			this.name = name;
			this.data = data;
			this.entries = new LinkedHashMap<>(16, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
					return size() > capacity;
				}

			};
		}

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public Object getNativeCache() {
			return this.entries;
		}

		@Override
		protected Object lookup(Object key) {
			return kept(this.data.current(), key);
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T get(Object key, Callable<T> valueLoader) {
			long now = this.data.current();
			Object kept = kept(now, key);
			if (kept != null) {
				return (T) fromStoreValue(kept);
			}
			T value;
			try {
				value = valueLoader.call();
			}
			catch (Exception ex) {
				throw new ValueRetrievalException(key, valueLoader, ex);
			}
			synchronized (this) {
				if (this.version == now) {
					this.entries.put(key, toStoreValue(value));
				}
			}
			return value;
		}

		private synchronized Object kept(long now, Object key) {
			if (now > this.version) {
				this.entries.clear();
				this.version = now;
			}
			return (now == this.version) ? this.entries.get(key) : null;
		}

		/** A value given without the version it was made from is not kept. */
		@Override
		public synchronized void put(Object key, Object value) {
			this.entries.remove(key);
		}

		@Override
		public synchronized void evict(Object key) {
			this.entries.remove(key);
		}

		@Override
		public synchronized void clear() {
			this.entries.clear();
		}

	}

}
