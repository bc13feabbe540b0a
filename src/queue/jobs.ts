/** The one queue vocabulary: every queue, job name and payload lives here. */

export enum QueueName {
  Collect = 'collect',
  Extract = 'extract',
  Media = 'media',
  Faces = 'faces',
}

export enum JobName {
  // collect queue
  CollectSource = 'collect-source',
  // extract queue
  ExtractPost = 'extract-post',
  RefreshSuggestions = 'refresh-suggestions',
  // media queue
  ProcessMedia = 'process-media',
  // faces queue
  DetectFaces = 'detect-faces',
  QueueFaceScans = 'queue-face-scans',
}

/** Payloads carry ids only; processors load what they need from MongoDB. */
export interface JobPayloads {
  [JobName.CollectSource]: { sourceId: string; slot: string };
  [JobName.ExtractPost]: { postId: string; extractorVersion: string };
  /** A person changed (created, edited, merged, split, or a mention confirmed as them): its version is updatedAt in ms. */
  [JobName.RefreshSuggestions]: { personId: string; version: string };
  /** One image of a post, named by the sha256 of its URL (the post holds the URL itself). */
  [JobName.ProcessMedia]: { postId: string; urlHash: string };
  /** One stored image, read by the face model of that version (src/faces/engine MODEL_VERSION). */
  [JobName.DetectFaces]: { mediaId: string; modelVersion: string };
  /** Every stored image not yet read by the current model gets its detect-faces job; the version is the request time in ms. */
  [JobName.QueueFaceScans]: { version: string };
}

export const JOB_QUEUE: { readonly [N in JobName]: QueueName } = {
  [JobName.CollectSource]: QueueName.Collect,
  [JobName.ExtractPost]: QueueName.Extract,
  [JobName.RefreshSuggestions]: QueueName.Extract,
  [JobName.ProcessMedia]: QueueName.Media,
  [JobName.DetectFaces]: QueueName.Faces,
  [JobName.QueueFaceScans]: QueueName.Faces,
};

/**
 * Deterministic job ids make a second scheduler, a retry or a re-run a no-op.
 * BullMQ reserves ':' in custom ids, so parts are joined with '.'.
 */
export const JOB_ID: { readonly [N in JobName]: (payload: JobPayloads[N]) => string } = {
  [JobName.CollectSource]: (p) => `collect.${p.sourceId}.${p.slot}`,
  [JobName.ExtractPost]: (p) => `extract.${p.postId}.${p.extractorVersion}`,
  [JobName.RefreshSuggestions]: (p) => `suggest.${p.personId}.${p.version}`,
  [JobName.ProcessMedia]: (p) => `media.${p.urlHash}.${p.postId}`,
  [JobName.DetectFaces]: (p) => `faces.${p.mediaId}.${p.modelVersion.replace(/[^A-Za-z0-9.+_-]/g, '_')}`,
  [JobName.QueueFaceScans]: (p) => `faces-all.${p.version}`,
};

export type RetryPolicyName = 'network' | 'local';

/** Named retry defaults; `baseDelayMs` comes from configuration. */
export const JOB_RETRY: { readonly [N in JobName]: RetryPolicyName } = {
  [JobName.CollectSource]: 'network',
  [JobName.ExtractPost]: 'local',
  [JobName.RefreshSuggestions]: 'local',
  [JobName.ProcessMedia]: 'network',
  [JobName.DetectFaces]: 'local',
  [JobName.QueueFaceScans]: 'local',
};

export const ALL_JOB_NAMES = Object.values(JobName);
export const ALL_QUEUE_NAMES = Object.values(QueueName);
