package io.arrears.testing;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * Runs RabbitMQ tests where the broker answers; skips them loudly where not, or fails
 * them in CI: {@code -Darrears.test.require-rabbit=true}, or
 * {@code -Darrears.test.require-mysql=true} (which CI sets) unless require-rabbit says
 * otherwise. The broker is {@code -Darrears.test.rabbit.host} and {@code .port} (default
 * 127.0.0.1:5672), user and password {@code guest}.
 */
public class RabbitAvailable implements ExecutionCondition {

	private static Boolean reachable;

	private static String why;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (reachable == null) {
			probe();
		}
		if (reachable) {
			return ConditionEvaluationResult.enabled("RabbitMQ reachable");
		}
		String message = "RabbitMQ tests SKIPPED: no broker at " + host() + ":" + port() + " (" + why + ")";
		if (Boolean.parseBoolean(
				System.getProperty("arrears.test.require-rabbit", System.getProperty("arrears.test.require-mysql")))) {
			throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED but cannot run"));
		}
		System.err.println(message);
		return ConditionEvaluationResult.disabled(message);
	}

	public static String host() {
		return System.getProperty("arrears.test.rabbit.host", "127.0.0.1");
	}

	public static int port() {
		return Integer.getInteger("arrears.test.rabbit.port", 5672);
	}

	/** The broker's settings, as {@code --name=value} arguments. */
	public static String[] springArguments() {
		return new String[] { "--spring.rabbitmq.host=" + host(), "--spring.rabbitmq.port=" + port(),
				"--spring.rabbitmq.username=guest", "--spring.rabbitmq.password=guest" };
	}

	/**
	 * Waits until the queue has at least that many consumers.
	 * @return whether it had them in time
	 */
	public static boolean awaitConsumers(String queue, int consumers, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Connection connection = connectionFactory().newConnection()) {
			while (System.nanoTime() < deadline) {
				// a passive declaration of a queue not yet declared closes the channel
				try (Channel channel = connection.createChannel()) {
					if (channel.queueDeclarePassive(queue).getConsumerCount() >= consumers) {
						return true;
					}
				}
				catch (IOException notYet) {
					// not declared yet
				}
				Thread.sleep(200);
			}
		}
		return false;
	}

	public static void deleteQueue(String queue) throws Exception {
		try (Connection connection = connectionFactory().newConnection();
				Channel channel = connection.createChannel()) {
			channel.queueDelete(queue);
		}
	}

	private static ConnectionFactory connectionFactory() {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost(host());
		factory.setPort(port());
		factory.setUsername("guest");
		factory.setPassword("guest");
		factory.setConnectionTimeout(3000);
		return factory;
	}

	private static synchronized void probe() {
		try (Connection ignored = connectionFactory().newConnection()) {
			reachable = true;
		}
		catch (Exception e) {
			reachable = false;
			why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		}
	}

}
