package io.arrears.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap while something runs: the largest heap left after a collection (what the run
 * keeps, which must not grow with the number of households) from the collectors'
 * notifications, and the largest heap in use, garbage included, sampled every 100 ms.
 */
final class HeapWatch implements AutoCloseable {

	private final AtomicLong afterGc = new AtomicLong();

	private final AtomicLong used = new AtomicLong();

	private final List<Runnable> removals = new ArrayList<>();

	private final Thread sampler;

	private volatile boolean running = true;

	HeapWatch() {
		NotificationListener listener = (notification, handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				long heap = 0;
				for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
					if (isHeap(pool.getKey())) {
						heap += pool.getValue().getUsed();
					}
				}
				afterGc.accumulateAndGet(heap, Math::max);
			}
		};
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				removals.add(() -> {
					try {
						emitter.removeNotificationListener(listener);
					}
					catch (ListenerNotFoundException e) {
						// already gone
					}
				});
			}
		}
		sampler = new Thread(() -> {
			while (running) {
				MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
				used.accumulateAndGet(heap.getUsed(), Math::max);
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	private static boolean isHeap(String pool) {
		for (var bean : ManagementFactory.getMemoryPoolMXBeans()) {
			if (bean.getName().equals(pool)) {
				return bean.getType() == MemoryType.HEAP;
			}
		}
		return false;
	}

	/**
	 * The largest heap after a collection, in MB; the sampled peak when no collection
	 * happened.
	 */
	long peakAfterGcMb() {
		long peak = afterGc.get();
		return (peak == 0 ? used.get() : peak) / (1024 * 1024);
	}

	/** The largest heap in use, garbage included, in MB. */
	long peakUsedMb() {
		return used.get() / (1024 * 1024);
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
		removals.forEach(Runnable::run);
	}

}
