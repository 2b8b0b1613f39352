package io.talknotes.system;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.AnnotationCacheOperationSource;
import org.springframework.cache.config.CacheManagementConfigUtils;
import org.springframework.cache.interceptor.BeanFactoryCacheOperationSourceAdvisor;
import org.springframework.cache.interceptor.CacheInterceptor;
import org.springframework.cache.interceptor.CacheOperationSource;
import org.springframework.cache.support.AbstractValueAdaptingCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/**
 * Caches of what pages show, each kept for one version of the data: a cache whose version
 * is older than the data's is emptied on its next use, so nothing cached outlives a write
 * on any node sharing the database. Services mark what may be kept with
 * {@code @Cacheable(cacheNames = ..., sync = true)}; the cache is asked before a
 * transaction is opened.
 * <p>
 * The caching is set up as {@code @EnableCaching} would, but only the application's own
 * classes are looked at for those annotations: {@code @EnableCaching} reads every method
 * of every bean, the framework's too, 7 to 9 % of the main thread's work in a start
 * (docs/benchmarks.md, "Pages").
 */
@Configuration(proxyBeanMethods = false)
class VersionedCaches implements CacheManager {

	/** The package of the classes whose methods may be cached. */
	private static final String OWN_CLASSES = "io.talknotes.";

	/** How many entries a cache keeps, the least recently read going first. */
	private static final int CAPACITY = 256;

	private final DataVersion data;

	private final Map<String, Cache> caches = new ConcurrentHashMap<>();

	VersionedCaches(DataVersion data) {
		this.data = data;
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static AnnotationCacheOperationSource cacheOperationSource() {
		return new AnnotationCacheOperationSource(false) {

			@Override
			public boolean isCandidateClass(Class<?> targetClass) {
				return targetClass.getName().startsWith(OWN_CLASSES) && super.isCandidateClass(targetClass);
			}

		};
	}

	/** Finds this cache manager once every bean is made. */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static CacheInterceptor cacheInterceptor(CacheOperationSource cacheOperationSource) {
		CacheInterceptor interceptor = new CacheInterceptor();
		interceptor.setCacheOperationSource(cacheOperationSource);
		return interceptor;
	}

	/**
	 * Asked before the transactions' advice, so that a value kept opens no transaction.
	 */
	@Bean(CacheManagementConfigUtils.CACHE_ADVISOR_BEAN_NAME)
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static BeanFactoryCacheOperationSourceAdvisor cacheAdvisor(CacheOperationSource cacheOperationSource,
			CacheInterceptor cacheInterceptor) {
		BeanFactoryCacheOperationSourceAdvisor advisor = new BeanFactoryCacheOperationSourceAdvisor();
		advisor.setCacheOperationSource(cacheOperationSource);
		advisor.setAdvice(cacheInterceptor);
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return advisor;
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
