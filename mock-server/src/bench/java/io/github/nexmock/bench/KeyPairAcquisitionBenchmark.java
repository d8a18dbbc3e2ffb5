package io.github.nexmock.bench;

import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RsaKeys;
import java.security.KeyPair;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What creating an application waits for to get its key pair: one take from a warm {@link KeyPairPool} against one
 * {@link RsaKeys#generate()}. Single shots, because a warm pool drains after a few takes by design.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KeyPairAcquisitionBenchmark {

    private KeyPairPool pool;

    /** Starts a pool with the default number of spares. */
    @Setup(Level.Trial)
    public void startPool() {
        pool = new KeyPairPool(KeyPairPool.DEFAULT_SPARES);
    }

    /** Waits, outside the measurement, until every spare is ready again. */
    @Setup(Level.Iteration)
    public void warmPool() throws InterruptedException {
        while (pool.available() < KeyPairPool.DEFAULT_SPARES) {
            Thread.sleep(10);
        }
    }

    /** Stops the pool's generator thread. */
    @TearDown(Level.Trial)
    public void stopPool() {
        pool.close();
    }

    /** One key pair from a warm pool. */
    @Benchmark
    public KeyPair takeFromWarmPool() {
        return pool.take();
    }

    /** One key pair generated on the spot (RSA 2048). */
    @Benchmark
    public KeyPair generate() {
        return RsaKeys.generate();
    }
}
