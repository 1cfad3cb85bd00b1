// Test helpers for packages and apps that talk to an OpenAI-compatible server.
export { type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from "./fake-openai/server.ts";
export {
  type FakeHandler,
  type FakeRequest,
  type FakeResponse,
  type TopicChoice,
  type TopicChooser,
  type Usage,
  answerTopics,
  apiError,
  chatCompletion,
  chatReplies,
  isChatRequest,
  malformedAnswer,
  mentionedTopics,
  messageText,
  rateLimited,
  requestedTopicNames,
  serverError,
  slow,
  topicAnswer,
} from "./fake-openai/replies.ts";
