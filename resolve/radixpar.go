package resolve

import "sync"

// Blocking sorts its keys and pairs between phases that use both cores, and at a million people
// the sorts were 16 s of one core. Buckets of the radix sort (see sortWords) are independent once
// spread, so sortWordsParallel hands them to workers as tasks: a bucket large enough is spread
// again and its buckets become tasks in turn, a small one is sorted by the worker that takes it.
// The words end in the same order as sortWords leaves them (sorted words have one order), in the
// same memory: no buffer is allocated.

// parallelSortMin is the number of words under which a task is sorted by the worker that takes
// it rather than split into further tasks.
const parallelSortMin = 1 << 16

// sortTask is a run of words whose bytes above shift+8 they share, to sort.
type sortTask struct {
	a     []uint64
	shift uint
}

// sortWordsParallel sorts a as sortWords does, on up to workers goroutines.
func sortWordsParallel(a []uint64, workers int) {
	if workers <= 1 || len(a) < 2*parallelSortMin {
		sortWords(a)
		return
	}
	var (
		mu      sync.Mutex
		ready   = sync.NewCond(&mu)
		tasks   = []sortTask{{a, 56}}
		pending = 1 // tasks queued or running
		wg      sync.WaitGroup
	)
	run := func(t sortTask) {
		if len(t.a) < parallelSortMin {
			sortWordsFrom(t.a, t.shift)
			return
		}
		end, shift, ok := spreadWords(t.a, t.shift)
		if !ok {
			return
		}
		var more []sortTask
		lo := 0
		for _, hi := range end {
			if hi-lo > 1 {
				more = append(more, sortTask{t.a[lo:hi], shift - 8})
			}
			lo = hi
		}
		mu.Lock()
		tasks = append(tasks, more...)
		pending += len(more)
		mu.Unlock()
		ready.Broadcast()
	}
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				for len(tasks) == 0 && pending > 0 {
					ready.Wait()
				}
				if pending == 0 {
					mu.Unlock()
					return
				}
				t := tasks[len(tasks)-1]
				tasks = tasks[:len(tasks)-1]
				mu.Unlock()
				run(t)
				mu.Lock()
				pending--
				done := pending == 0
				mu.Unlock()
				if done {
					ready.Broadcast()
				}
			}
		}()
	}
	wg.Wait()
}
